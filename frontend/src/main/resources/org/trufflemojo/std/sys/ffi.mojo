# sys.ffi: foreign-function support. Here: the C types, and _Global, the standard library's process-wide values,
# each made by its init_fn on first use and then shared by every use of the same name. (The value
# lives in a native allocation the runtime keeps by name; it lives as long as the program.)


# C's char (signed on the platforms Mojo runs on): what unsafe_cstr_ptr() points to.
alias c_char = Int8


@intrinsic("global.address")
fn _global_address(name: String) -> UnsafePointer[UInt8]:
    """The address of the global value registered under name, or null if there is none yet."""
    ...


@intrinsic("global.register")
fn _register_global(name: String, address: UnsafePointer[UInt8]):
    """Records address as the global value for name."""
    ...


struct _Global[name: StaticString, storage_type: Movable, init_fn: fn () -> storage_type]:
    """The process-wide value called name, of type storage_type, made by init_fn on first use."""

    @staticmethod
    fn get_or_create_ptr() -> UnsafePointer[storage_type]:
        """The address of the value, which is made now if this is its first use."""
        var address = _global_address(name)
        if not address:
            var ptr = UnsafePointer[storage_type].alloc(1)
            ptr.init_pointee_move(init_fn())
            address = ptr.bitcast[UInt8]()
            _register_global(name, address)
        return address.bitcast[storage_type]()
