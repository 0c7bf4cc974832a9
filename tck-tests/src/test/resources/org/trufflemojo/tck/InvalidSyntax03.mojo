fn main():
print("not indented")
