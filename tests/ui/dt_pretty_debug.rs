//@ run-pass
//@ spec: 11.4 7.3
// {:?} and {:#?} of nested structs, tuple structs, unit structs, enums, tuples and arrays.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Unit;

#[derive(Debug, Clone, Copy)]
struct Rgb(u8, u8, u8);

#[derive(Debug, Clone, Copy)]
enum Fill { None, Solid(Rgb), Gradient { from: Rgb, to: Rgb } }

#[derive(Debug)]
struct Layer {
    name: &'static str,
    visible: bool,
    opacity: f32,
    fill: Fill,
    offset: (i32, i32),
    tags: [char; 2],
    marker: Unit,
}

fn main() {
    let l = Layer {
        name: "background",
        visible: true,
        opacity: 0.75,
        fill: Fill::Gradient { from: Rgb(0, 0, 0), to: Rgb(255, 128, 1) },
        offset: (-3, 4),
        tags: ['a', '\n'],
        marker: Unit,
    };
    println!("{:?}", l);
    println!("{:#?}", l);
    let fills = [Fill::None, Fill::Solid(Rgb(1, 2, 3))];
    println!("{:?}", fills);
    println!("{:#?}", fills);
    let t = (Unit, "q\"uote", 'x', 2.0f64, ());
    println!("{:?}", t);
    println!("{:#?}", (1u8,));
    let empty: [Rgb; 0] = [];
    println!("{:?} {:#?}", empty, empty);
    println!("{:?}", [[1, 2], [3, 4]]);
}
