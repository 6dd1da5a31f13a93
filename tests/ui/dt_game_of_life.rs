//@ run-pass
//@ spec: 11.7 11.8 6.5
// Conway's game of life on a wrapping 2-D bool array, copying the board between generations.
const W: usize = 8;
const H: usize = 6;


fn neighbours(b: &[[bool; W]; H], r: usize, c: usize) -> u8 {
    let mut n = 0;
    for dr in [H - 1, 0, 1] {
        for dc in [W - 1, 0, 1] {
            if dr == 0 && dc == 0 { continue; }
            if b[(r + dr) % H][(c + dc) % W] { n += 1; }
        }
    }
    n
}

fn step(b: &[[bool; W]; H]) -> [[bool; W]; H] {
    let mut next = [[false; W]; H];
    for r in 0..H {
        for c in 0..W {
            next[r][c] = match (b[r][c], neighbours(b, r, c)) {
                (true, 2) | (true, 3) => true,
                (false, 3) => true,
                _ => false,
            };
        }
    }
    next
}

fn show(b: &[[bool; W]; H], gen: u32) {
    let mut alive = 0;
    println!("gen {}:", gen);
    for row in b {
        let mut line = [' '; W];
        for c in 0..W {
            line[c] = if row[c] { alive += 1; '#' } else { '.' };
        }
        for ch in line { print!("{}", ch); }
        println!();
    }
    println!("alive: {}", alive);
}

fn main() {
    let mut b: [[bool; W]; H] = [[false; W]; H];
    // a glider
    b[0][1] = true;
    b[1][2] = true;
    b[2][0] = true;
    b[2][1] = true;
    b[2][2] = true;
    // a blinker
    b[4][5] = true;
    b[4][6] = true;
    b[4][7] = true;
    for g in 0..4 {
        show(&b, g);
        b = step(&b);
    }
    let before = b;
    b = step(&step(&step(&step(&b))));
    println!("glider moved: {}", before != b);
}
