//@ run-pass
//@ spec: 19.3
// A struct that borrows a slice hands out sub-borrows through several methods.
struct Window<'a> {
    data: &'a [u8],
}

impl<'a> Window<'a> {
    fn shrink(&self) -> Window<'a> {
        Window { data: &self.data[1..self.data.len() - 1] }
    }
    fn sum(&self) -> u32 {
        let mut s = 0u32;
        for b in self.data {
            s += *b as u32;
        }
        s
    }
}

fn main() {
    let bytes = [1u8, 2, 3, 4, 5, 6];
    let w = Window { data: &bytes };
    let inner = w.shrink().shrink();
    println!("{} {} {}", w.sum(), w.shrink().sum(), inner.sum());
}
