#!/usr/bin/env python3
"""Checks that FIXED holds every byte of ORIGINAL, in order: a fix may only insert.

Usage: only_insertions.py ORIGINAL FIXED
Exit 0 and prints "ok" when ORIGINAL is a subsequence of FIXED; exit 1 and prints where the
first original byte went missing otherwise.

difflib's opcodes would say the same thing ('insert'/'equal' only) but are quadratic on
multi-megabyte specs; a greedy subsequence match is exact for this question and linear. Equal
runs are compared as slices (memcmp), so Python only steps through the inserted bytes.
"""
import sys


def equal_run(a: bytes, i: int, b: bytes, j: int) -> int:
    """Length of the common prefix of a[i:] and b[j:]."""
    limit = min(len(a) - i, len(b) - j)
    step = 1
    length = 0
    # Gallop to a mismatch, then binary search inside the last step.
    while length + step <= limit and a[i + length:i + length + step] == b[j + length:j + length + step]:
        length += step
        step *= 2
    while step > 1:
        step //= 2
        if length + step <= limit and a[i + length:i + length + step] == b[j + length:j + length + step]:
            length += step
    return length


def main() -> int:
    original = open(sys.argv[1], "rb").read()
    fixed = open(sys.argv[2], "rb").read()
    i = j = inserted = 0
    while i < len(original):
        run = equal_run(original, i, fixed, j)
        i += run
        j += run
        if i == len(original):
            break
        # fixed[j] is not the next original byte: it was inserted; skip to the next place
        # where the original byte occurs.
        nxt = fixed.find(original[i:i + 1], j + 1)
        if nxt < 0:
            line = original.count(b"\n", 0, i) + 1
            print(f"original byte {i} (line {line}) {original[i:i + 40]!r} is missing from the fixed file")
            return 1
        inserted += nxt - j
        j = nxt
    inserted += len(fixed) - j
    print(f"ok ({inserted} bytes inserted)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
