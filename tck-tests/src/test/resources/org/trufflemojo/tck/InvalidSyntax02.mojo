fn main():
    var x = = 1
