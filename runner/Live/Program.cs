// The live course's engine starts from JavaScript (live-worker.js calls LiveEngine's exports); Main has nothing to do.
return 0;
