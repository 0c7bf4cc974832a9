from sys import exit


def main():
    print("before")
    exit(3)
    print("after")
