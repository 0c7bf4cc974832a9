# The value inside a read-only Optional cannot be changed through value().
from collections import Set


fn add_to(names: Optional[Set[String]]):
    names.value().add("x")


fn main():
    add_to(Set[String]())
