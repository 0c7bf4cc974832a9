# __functions_in_module() is a compile-time tuple: it is passed as a compile-time argument, not used as a value.
fn main():
    var fs = __functions_in_module()
