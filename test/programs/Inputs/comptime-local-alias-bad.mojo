# A local parametric alias given a wrong parameter; a dict value of the
# wrong type.
def main():
    comptime AddOne[a: Int]: Int = a + 1
    print(AddOne[1, 2])
    var d: Dict[String, Int] = {"a": "x"}
