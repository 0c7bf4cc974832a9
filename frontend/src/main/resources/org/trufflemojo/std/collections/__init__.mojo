from collections.bitset import BitSet
from collections.counter import Counter
from collections.deque import Deque
from collections.linked_list import LinkedList
from collections.set import Set
