"""ELF symbols: address index (functions, lines, inlined chains) with an on-disk cache, and unwinding."""
