from utils.index import Index, IndexList
from utils.static_tuple import StaticTuple
from utils.variant import Variant
