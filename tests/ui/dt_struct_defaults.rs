//@ run-pass
//@ spec: 11.2 11.4
// Derived Default on nested structs, tuple structs and arrays, combined with struct-update syntax.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Margins { top: u8, right: u8, bottom: u8, left: u8 }

#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Scale(f32, f32);

#[derive(Debug, Default, Clone, Copy)]
struct Style {
    bold: bool,
    initial: char,
    size: u16,
    weight: f64,
    margins: Margins,
    scale: Scale,
    tabs: [u8; 3],
    offset: (i8, i64),
}

impl Style {
    fn heading() -> Style {
        Style { bold: true, size: 24, margins: Margins { bottom: 8, ..Margins::default() }, ..Style::default() }
    }
}

fn main() {
    let d = Style::default();
    println!("{:?}", d);
    println!("initial is nul: {} ({})", d.initial == '\0', d.initial as u32);
    let h = Style::heading();
    println!("{:#?}", h.margins);
    let body = Style { size: 12, initial: 'B', scale: Scale(1.0, 1.5), ..h };
    println!("{} {} {:?} {:?}", body.bold, body.size, body.scale, body.initial);
    println!("{}", body.margins == h.margins);
    println!("{}", Margins::default() == Margins { top: 0, right: 0, bottom: 0, left: 0 });
    println!("{:?} {:?}", Scale::default(), Margins::default());
    let z = Style { offset: (-1, 1 << 40), ..Style::default() };
    println!("{:?} {:?} {}", z.offset, z.tabs, z.weight);
}
