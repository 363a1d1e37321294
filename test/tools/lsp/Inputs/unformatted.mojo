# Kept as it is: already formatted.
def first() -> Int:
    return 1


def middle(a:Int,b :Int)->Int:
  var c=a+b # sum
  return c*2


def last() -> Int:
    return 3
