//@ run-pass
//@ spec: 6.2 6.12 7.3 11.6
// Unix-style permission bits in a u16: masks as consts, shifts, bit tests and rwx rendering into a char array.
const READ: u16 = 0b100;
const WRITE: u16 = 0b010;
const EXEC: u16 = 0b001;
const SETUID: u16 = 0o4000;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Mode(u16);

impl Mode {
    fn render(self) -> [char; 9] {
        let mut out = ['-'; 9];
        let letters = ['r', 'w', 'x'];
        for who in 0..3 {
            let bits = (self.0 >> (6 - 3 * who)) & 0o7;
            for k in 0..3 {
                if bits & (READ >> k) != 0 {
                    out[who * 3 + k] = letters[k];
                }
            }
        }
        if self.0 & SETUID != 0 {
            out[2] = if out[2] == 'x' { 's' } else { 'S' };
        }
        out
    }
    fn grant(&mut self, who: u32, bits: u16) { self.0 |= bits << (6 - 3 * who); }
    fn revoke(&mut self, who: u32, bits: u16) { self.0 &= !(bits << (6 - 3 * who)); }
}

fn print_mode(m: Mode) {
    for c in m.render() { print!("{}", c); }
    println!("  {:04o}  {:#014b}  set bits: {}", m.0, m.0, m.0.count_ones());
}

fn main() {
    let modes = [Mode(0o755), Mode(0o644), Mode(0o4755), Mode(0o4644), Mode(0)];
    for m in modes { print_mode(m); }
    let mut m = Mode(0o600);
    m.grant(1, READ);
    m.grant(2, READ | EXEC);
    print_mode(m);
    m.revoke(0, WRITE);
    m.revoke(2, 0o7);
    print_mode(m);
    println!("{:?} {}", m, m == Mode(0o440));
    let x: u16 = 0b1011_0000;
    println!("tz={} lz={} pow2={} {}", x.trailing_zeros(), x.leading_zeros(), x.is_power_of_two(), 64u16.is_power_of_two());
    println!("{:x} {:X} {}", x ^ 0xFF, !x, (x as u8) >> 4 | (x as u8) << 4);
}
