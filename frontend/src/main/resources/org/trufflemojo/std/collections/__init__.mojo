from collections.deque import Deque
