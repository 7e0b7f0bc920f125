package org.practicereview.audit;

/** A checkpoint of the trail's head was signed and stored; the auditors are told (notification module). */
public record TrailCheckpointMade(TrailCheckpoint checkpoint) {}
