class Card:
    ranks = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __lt__(self, other):
        return Card.ranks.index(self.rank) < Card.ranks.index(other.rank)
    def __eq__(self, other):
        return self.rank == other.rank
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(s) for s in ["Kh", "2c", "Ts", "Ad", "2h"]]
print(sorted(hand))
print(max(hand), min(hand))
print(Card("Ks") == Card("Kh"), Card("Ks") != Card("Qh"))
print(Card("3c") > Card("2c"), Card("2c") > Card("3c"))
try:
    Card("3c") <= Card("3d")
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(hand, reverse=True))
