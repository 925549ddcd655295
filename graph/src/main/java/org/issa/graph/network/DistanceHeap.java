package org.issa.graph.network;

import java.util.Arrays;

/**
 * A binary min-heap of node indexes keyed by a double distance, with decrease-key, over primitive arrays:
 * the priority queue of Dijkstra's algorithm for the network's algorithms. Ties are broken by insertion order,
 * as NetworkX's heap of {@code (distance, counter, node)} does.
 */
public final class DistanceHeap {

    private final int[] heap;
    private final int[] position;
    private final double[] key;
    private final long[] order;
    private long counter;
    private int size;

    public DistanceHeap(int nodes) {
        heap = new int[nodes];
        position = new int[nodes];
        key = new double[nodes];
        order = new long[nodes];
        Arrays.fill(position, -1);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Inserts the node, or lowers its key when it is queued with a larger one. */
    public void push(int node, double distance) {
        int p = position[node];
        if (p >= 0) {
            if (distance < key[node]) {
                key[node] = distance;
                order[node] = counter++;
                up(p);
            }
            return;
        }
        key[node] = distance;
        order[node] = counter++;
        heap[size] = node;
        position[node] = size;
        up(size++);
    }

    /** Removes and returns the node with the smallest key. */
    public int pop() {
        int top = heap[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            position[heap[0]] = 0;
            down(0);
        }
        return top;
    }

    /** Empties the heap (the nodes still queued are forgotten). */
    public void clear() {
        for (int i = 0; i < size; i++) {
            position[heap[i]] = -1;
        }
        size = 0;
        counter = 0;
    }

    private boolean less(int a, int b) {
        return key[a] < key[b] || (key[a] == key[b] && order[a] < order[b]);
    }

    private void up(int i) {
        int node = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(node, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            position[heap[i]] = i;
            i = parent;
        }
        heap[i] = node;
        position[node] = i;
    }

    private void down(int i) {
        int node = heap[i];
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && less(heap[c + 1], heap[c])) {
                c++;
            }
            if (!less(heap[c], node)) {
                break;
            }
            heap[i] = heap[c];
            position[heap[i]] = i;
            i = c;
        }
        heap[i] = node;
        position[node] = i;
    }
}
