from collections.counter import Counter
from collections.deque import Deque
