def main():
    raise Error("boom")
