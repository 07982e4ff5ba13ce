// The same package through require(): the CommonJS build and its own types.
const { installments, total, formatAmount, DealcalcError } = require('dealcalc');

console.log('25B x 8 =', formatAmount(total(installments('25B', 8))));
try {
  installments('25B', 0);
} catch (error) {
  console.log(error instanceof DealcalcError, error.code, error.message);
}
