package org.issa.passenger.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.issa.passenger.edifact.EdifactInterchangeReader;
import org.issa.passenger.xml.PnrgovXmlReader;

/**
 * The one entry point for reading passenger data files: recognises PNRGOV EDIFACT, PAXLST EDIFACT and PNRGOV XML by
 * their first characters, and refuses anything else, anything larger than the limits, and hostile XML, with a reason.
 * Thread-safe; reuse one instance.
 */
public final class PassengerMessages {

    private final ReadLimits limits;
    private final EdifactInterchangeReader edifact;
    private final PnrgovXmlReader xml;

    public PassengerMessages() {
        this(ReadLimits.DEFAULT);
    }

    public PassengerMessages(ReadLimits limits) {
        this.limits = limits;
        this.edifact = new EdifactInterchangeReader(limits);
        this.xml = new PnrgovXmlReader(limits);
    }

    /** Reads one file's bytes. */
    public ParsedFile read(byte[] data) throws NotAnInterchangeException {
        if (data.length == 0) {
            throw new NotAnInterchangeException("the file is empty");
        }
        if (data.length > limits.maxBytes()) {
            throw new NotAnInterchangeException("the file has " + data.length + " bytes, more than the limit of " + limits.maxBytes());
        }
        return looksLikeXml(data) ? xml.read(data) : edifact.read(data);
    }

    /** Reads a stream, refusing it once it passes the size limit (the stream is not closed). */
    public ParsedFile read(InputStream in) throws NotAnInterchangeException, IOException {
        byte[] data = in.readNBytes(limits.maxBytes() + 1);
        return read(data);
    }

    private static boolean looksLikeXml(byte[] data) {
        int i = 0;
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < data.length && (data[i] == ' ' || data[i] == '\r' || data[i] == '\n' || data[i] == '\t')) {
            i++;
        }
        return i < data.length && data[i] == '<';
    }
}
