from collections.string.codepoint import Codepoint
