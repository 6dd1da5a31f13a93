//@ run-pass
//@ spec: 11.7 11.8 11.10 6.6
// Breadth-first search through a maze of chars, using an array as a queue of (row, col) tuples.
const R: usize = 6;
const C: usize = 9;

const MAZE: [[char; C]; R] = [
    ['#', '#', '#', '#', '#', '#', '#', '#', '#'],
    ['#', 'S', '.', '.', '#', '.', '.', '.', '#'],
    ['#', '#', '#', '.', '#', '.', '#', '.', '#'],
    ['#', '.', '.', '.', '.', '.', '#', '.', '#'],
    ['#', '.', '#', '#', '#', '#', '#', 'E', '#'],
    ['#', '#', '#', '#', '#', '#', '#', '#', '#'],
];

fn find(ch: char) -> (usize, usize) {
    for r in 0..R {
        for c in 0..C {
            if MAZE[r][c] == ch { return (r, c); }
        }
    }
    (0, 0)
}

fn main() {
    let start = find('S');
    let goal = find('E');
    let mut dist = [[u32::MAX; C]; R];
    let mut prev = [[(0usize, 0usize); C]; R];
    let mut queue = [(0usize, 0usize); R * C];
    let (mut head, mut tail) = (0, 0);
    queue[tail] = start;
    tail += 1;
    dist[start.0][start.1] = 0;
    while head < tail {
        let (r, c) = queue[head];
        head += 1;
        let steps = [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)];
        for (nr, nc) in steps {
            match MAZE[nr][nc] {
                '#' => continue,
                _ if dist[nr][nc] != u32::MAX => continue,
                _ => {
                    dist[nr][nc] = dist[r][c] + 1;
                    prev[nr][nc] = (r, c);
                    queue[tail] = (nr, nc);
                    tail += 1;
                }
            }
        }
    }
    println!("start {:?} goal {:?} explored {}", start, goal, tail);
    println!("shortest path: {} steps", dist[goal.0][goal.1]);
    let mut grid = MAZE;
    let mut at = prev[goal.0][goal.1];
    while at != start {
        grid[at.0][at.1] = '*';
        at = prev[at.0][at.1];
    }
    for row in grid.iter() {
        for ch in row { print!("{}", ch); }
        println!();
    }
    let mut unreachable = 0;
    for r in 0..R {
        for c in 0..C {
            if MAZE[r][c] == '.' && dist[r][c] == u32::MAX { unreachable += 1; }
        }
    }
    println!("unreachable open cells: {}", unreachable);
}
