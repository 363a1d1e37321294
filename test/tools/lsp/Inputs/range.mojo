def f(a:Int)->Int:
    var x=a+1   # one
    var y=x*2
    var z=max(x,
          y)
    # a comment
    return   x+y+z


def g( )->Int :
  return  2
