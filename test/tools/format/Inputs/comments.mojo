#!/usr/bin/env mojo
# Module comment.



"""Docstring: kept   exactly
    as it is, even    this line.
"""
import std.sys # trailing on import


# Two blank lines above are kept; more collapse to two.
struct Point:
  """A point."""
  var x: Int   # the x coordinate
  var y: Int



  # comment before a method (the run of blank lines above collapses to one)
  fn __init__(out self, x: Int, y: Int):
      self.x = x
      self.y = y
      # comment at the end of the block
  # comment back at struct level

def main():
    var values = [
        1,  # one
        # a comment on its own line
        2,
    ]
    call(a, # after a
         b)
    # fmt: off
    var   grid = [1,0,0,
                  0,1,0]
    # fmt: on
    var   after = 1
# final comment
