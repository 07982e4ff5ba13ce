/** Label given to the part of a headline the proposal does not allocate. */
export const UNALLOCATED_LABEL = 'Not yet allocated';
