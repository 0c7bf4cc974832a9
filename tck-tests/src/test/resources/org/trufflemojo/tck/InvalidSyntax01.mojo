fn main(:
    pass
