# An error in the bound of a @parameter for loop is reported, not dropped with the loop.
def main():
    @parameter
    for i in range(len(nothing_here)):
        print(i)
    print("end")
