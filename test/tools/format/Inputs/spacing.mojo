from collections import List,Dict
from .sibling import (helper)
import std.math as  m
comptime N=4 # size
alias M : Int=N*2
def add(a:Int,b :Int=3)->Int :
    return a+b*-2
def kw(x: Int, *, scale: Float64 = 1.0, **rest)->None:
    pass
fn takes[T:AnyType, //, n:Int=1](out self, ref[origin] x:T)raises->T:
    var y=x^
    return y^
def main()raises:
    var xs=[1,2 ,3]
    var d={"a":1,"b" :2}
    print(xs[1:2],xs[:-1],xs[::2], d["a"])
    print(xs[i+1:],xs[a : b],xs[f(x):n:2], xs[: len(xs)-1])
    print(2**8, x**-1, f(x)**2, -x, not True, ~x)
    kw(1,scale=2.0)
    var f:def(Int)->None=g
    if x>3 and(y<2 or z!=1): print( "yes" )
    p[]=1
    var s=t"hi {x}"
    @parameter
    for i in range(N) :
        pass
    x+=1; y -=2
    var lam=lambda(a:Int,b:Int): a+b
