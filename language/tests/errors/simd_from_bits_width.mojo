# from_bits takes the bits of an integral DType exactly as wide as the lanes.
def main():
    print(Float32.from_bits(UInt64(1)))
