# collections.BitSet[size]: a fixed number of bits, packed 64 to a word.
#
# Bit i lives in word i // 64, at bit i % 64 of it. Bits at and past `size` in the last word are
# always clear, so counting set bits counts whole words.


alias _WORD_BITS = 64


struct BitSet[size: Int](Boolable, Copyable, Movable, Sized, Stringable, Writable):
    var _words: List[Int]

    fn __init__(out self):
        """A bit set with every bit clear."""
        self._words = List[Int]()
        for _ in range((size + _WORD_BITS - 1) // _WORD_BITS):
            self._words.append(0)

    @implicit
    fn __init__(out self, init: SIMD[DType.bool, size]):
        """A bit set whose bit i is lane i of the mask (the size is the mask's width)."""
        self._words = List[Int]()
        for _ in range((size + _WORD_BITS - 1) // _WORD_BITS):
            self._words.append(0)
        for i in range(size):
            if init[i]:
                self.set(i)

    # ===--- single bits ---=== #

    @staticmethod
    fn _mask(idx: Int) -> Int:
        return 1 << (idx % _WORD_BITS)

    fn set(mut self, idx: Int):
        """Sets bit idx."""
        self._words[idx // _WORD_BITS] |= Self._mask(idx)

    fn clear(mut self, idx: Int):
        """Clears bit idx."""
        self._words[idx // _WORD_BITS] &= ~Self._mask(idx)

    fn toggle(mut self, idx: Int):
        """Flips bit idx."""
        self._words[idx // _WORD_BITS] ^= Self._mask(idx)

    fn test(self, idx: Int) -> Bool:
        """Whether bit idx is set."""
        return (self._words[idx // _WORD_BITS] & Self._mask(idx)) != 0

    # ===--- all bits ---=== #

    fn _last_word_mask(self) -> Int:
        """The bits of the last word that belong to the set."""
        var used = size % _WORD_BITS
        if used == 0:
            return -1
        return (1 << used) - 1

    fn set_all(mut self):
        """Sets every bit."""
        for i in range(len(self._words)):
            self._words[i] = -1
        self._trim()

    fn clear_all(mut self):
        """Clears every bit."""
        for i in range(len(self._words)):
            self._words[i] = 0

    fn toggle_all(mut self):
        """Flips every bit."""
        for i in range(len(self._words)):
            self._words[i] = ~self._words[i]
        self._trim()

    fn _trim(mut self):
        """Clears the bits of the last word past the set's size."""
        if len(self._words) > 0:
            self._words[len(self._words) - 1] &= self._last_word_mask()

    # ===--- counting ---=== #

    fn __len__(self) -> Int:
        """The number of set bits."""
        var count = 0
        for w in self._words:
            var word = w
            while word != 0:
                word &= word - 1  # clears the lowest set bit
                count += 1
        return count

    fn __bool__(self) -> Bool:
        """Whether any bit is set."""
        for w in self._words:
            if w != 0:
                return True
        return False

    # ===--- set operations ---=== #

    fn union(self, other: Self) -> Self:
        """The bits set in either."""
        var result = Self()
        for i in range(len(self._words)):
            result._words[i] = self._words[i] | other._words[i]
        return result^

    fn intersection(self, other: Self) -> Self:
        """The bits set in both."""
        var result = Self()
        for i in range(len(self._words)):
            result._words[i] = self._words[i] & other._words[i]
        return result^

    fn difference(self, other: Self) -> Self:
        """The bits set here but not in other."""
        var result = Self()
        for i in range(len(self._words)):
            result._words[i] = self._words[i] & ~other._words[i]
        return result^

    # ===--- text ---=== #

    fn write_to[W: Writer](self, mut writer: W):
        """The indexes of the set bits: BitSet{1, 5, 10}."""
        writer.write(self.__str__())

    fn __str__(self) -> String:
        var out = String("BitSet{")
        var first = True
        for i in range(size):
            if self.test(i):
                if not first:
                    out += ", "
                out += String(i)
                first = False
        return out + "}"

    fn __repr__(self) -> String:
        return self.__str__()
