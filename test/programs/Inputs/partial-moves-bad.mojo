@fieldwise_init
struct Named(Copyable):
    var name: String
    var tag: String


struct Box:
    def forget(mut self, mut n: Named):
        var name = n.name^
        print(name)


def use_after(var s: Named):
    var n = s.name^
    print(n)
    print(s.name)


def use_whole(var p: Named):
    var n = p.name^
    _ = p.copy()


def early(var q: Named, stop: Bool) -> String:
    var n = q.name^
    if stop:
        return q.tag
    q.name = n
    return q.name


def main():
    pass
