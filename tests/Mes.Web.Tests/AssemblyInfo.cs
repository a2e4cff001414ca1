// Each collection runs a silo, a gateway and Chromium; one at a time keeps the two cores for the page under test.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
