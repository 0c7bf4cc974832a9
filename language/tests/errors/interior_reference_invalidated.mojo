# A ref to a list element is invalidated when the list may move its elements (append, pop, insert, ...):
# using it after that is an error; rebinding it, or using it before, is fine.
def main():
    var l: List[Int] = [1, 2]
    ref elem = l[0]
    l.append(3)
    print(elem)
