Review of ${stateName}: every reviewer's copy is in, the merge is ready (review ${reviewId})

Dear colleague,

Every reviewing State's copy of the review of ${stateName} (review ${reviewId}) has come back.
The consolidated review can be written: irm merge --state ${state}

The review pipeline
