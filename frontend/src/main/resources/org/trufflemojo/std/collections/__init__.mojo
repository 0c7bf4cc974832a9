from collections.counter import Counter
