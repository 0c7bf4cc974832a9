def main():
    raise
