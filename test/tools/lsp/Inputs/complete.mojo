struct Counter:
    """Counts things."""
    var count: Int
    var step: Int

    def __init__(out self, step: Int):
        self.count = 0
        self.step = step

    def bump(mut self, times: Int = 1):
        """Adds step times times."""
        self.count += self.step * times


def main():
    var counter = Counter(2)
    var color = 3
    counter.
    co
