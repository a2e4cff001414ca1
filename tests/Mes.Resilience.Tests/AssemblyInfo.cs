// The scenarios kill and restart processes and load two cores: one at a time keeps their processes from starving
// each other into timeouts.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
