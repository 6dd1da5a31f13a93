//@ run-pass
//@ spec: 11.4 11.7 11.8 11.9
// Tic-tac-toe on a 2-D array of a Copy enum, with win detection over rows, columns and diagonals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell { Empty, X, O }

const LINES: [[(usize, usize); 3]; 8] = [
    [(0, 0), (0, 1), (0, 2)], [(1, 0), (1, 1), (1, 2)], [(2, 0), (2, 1), (2, 2)],
    [(0, 0), (1, 0), (2, 0)], [(0, 1), (1, 1), (2, 1)], [(0, 2), (1, 2), (2, 2)],
    [(0, 0), (1, 1), (2, 2)], [(0, 2), (1, 1), (2, 0)],
];

fn symbol(c: Cell) -> char {
    match c {
        Cell::Empty => '.',
        Cell::X => 'X',
        Cell::O => 'O',
    }
}

fn show(b: &[[Cell; 3]; 3]) {
    for row in b {
        for c in row {
            print!("{}", symbol(*c));
        }
        println!();
    }
}

fn winner(b: &[[Cell; 3]; 3]) -> Cell {
    for line in LINES.iter() {
        let [(r0, c0), (r1, c1), (r2, c2)] = *line;
        let a = b[r0][c0];
        if a != Cell::Empty && a == b[r1][c1] && a == b[r2][c2] {
            return a;
        }
    }
    Cell::Empty
}

fn main() {
    let mut board = [[Cell::Empty; 3]; 3];
    let moves = [(1, 1), (0, 0), (0, 2), (2, 0), (1, 0), (1, 2), (2, 1), (0, 1)];
    let mut turn = Cell::X;
    for &(r, c) in moves.iter() {
        board[r][c] = turn;
        turn = if turn == Cell::X { Cell::O } else { Cell::X };
    }
    show(&board);
    println!("winner so far: {:?}", winner(&board));
    board[2][2] = Cell::X;
    show(&board);
    println!("winner: {:?}", winner(&board));
    let mut empties = 0;
    for row in board {
        for c in row {
            if let Cell::Empty = c { empties += 1; }
        }
    }
    println!("empty cells: {}", empties);
    println!("{:?}", board[0]);
}
