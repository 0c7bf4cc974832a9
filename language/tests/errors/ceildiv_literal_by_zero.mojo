from math import ceildiv


def main():
    alias a = ceildiv(7, 0)
