def main():
    var nums = [1, 2, 3]
    var view = Span(nums)
    view.append(4)
