//@ run-pass
//@ spec: 11.4 12.1
// Copy types are duplicated on assignment; Clone-only types must be cloned explicitly before reuse.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Pixel { r: u8, g: u8, b: u8 }

#[derive(Debug, Clone, PartialEq)]
struct Palette { name: &'static str, colors: [Pixel; 3], uses: u32 }

fn darken(mut p: Pixel) -> Pixel {
    p.r /= 2;
    p.g /= 2;
    p.b /= 2;
    p
}

fn touch(mut pal: Palette) -> Palette {
    pal.uses += 1;
    pal.colors[0] = darken(pal.colors[0]);
    pal
}

fn main() {
    let red = Pixel { r: 200, g: 10, b: 30 };
    let copy = red;
    let dark = darken(red);
    println!("{:?} {:?} {:?}", red, copy, dark);
    println!("{}", red == copy);

    let base = Palette { name: "warm", colors: [red, Pixel { r: 250, g: 150, b: 0 }, dark], uses: 0 };
    let backup = base.clone();
    let used = touch(base);
    let used = touch(used);
    println!("backup: {:?}", backup);
    println!("used:   {:?}", used);
    println!("changed: {}", backup != used);
    let mut again = used.clone();
    again.name = "cool";
    again.colors[2].b = 255;
    println!("{} {} {}", used.name, again.name, again.colors[2].b);
    let pair = (red, 7u8);
    let pair2 = pair;
    println!("{:?} {:?}", pair, pair2);
    let arr = [red; 2];
    let mut arr2 = arr;
    arr2[1].g = 99;
    println!("{:?}\n{:?}", arr, arr2);
    let pals = [backup.clone(), backup];
    println!("{}", pals[0] == pals[1]);
}
