"""Results of a round (Qt-free): response, knowing and helping, the network, the cohesion score."""
