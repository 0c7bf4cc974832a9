# Rejected before it runs: the exit status is 1, the diagnostic coloured on a terminal.
fn main():
    var x: Int = "s"
