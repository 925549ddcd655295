package org.issa.graph.io;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line (RFC 4180 quoting, comma separated, no line breaks inside fields) into trimmed cells. */
final class CsvCells {

    private CsvCells() {
    }

    /** The cells, or null when a quoted cell is not closed on the line. */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        int n = line.length();
        int i = 0;
        StringBuilder cell = new StringBuilder();
        while (true) {
            cell.setLength(0);
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i < n && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        cell.append(c);
                    }
                }
                if (!closed) {
                    return null;
                }
                while (i < n && line.charAt(i) != ',') {
                    if (line.charAt(i) != ' ') {
                        return null;
                    }
                    i++;
                }
                cells.add(cell.toString());
            } else {
                int start = i;
                while (i < n && line.charAt(i) != ',') {
                    i++;
                }
                cells.add(line.substring(start, i).strip());
            }
            if (i >= n) {
                break;
            }
            i++; // the comma
        }
        return cells;
    }
}
