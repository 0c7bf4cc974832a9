# reflection (Mojo 1.x): source locations; source_location() and call_location() are provided by the compiler.
from builtin._location import _SourceLocation

alias SourceLocation = _SourceLocation
