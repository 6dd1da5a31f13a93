// 200 instantiations of generic fns and a generic struct (compile-time benchmark).
#[derive(Clone, Copy, Debug)]
struct Wrap<T> { inner: T, tag: u32 }
fn wrap<T: Copy>(x: T, tag: u32) -> Wrap<T> { Wrap { inner: x, tag: tag } }
fn pick<T: Copy + PartialOrd>(a: T, b: T) -> T { if a > b { a } else { b } }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S0 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S1 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S2 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S3 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S4 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S5 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S6 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S7 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S8 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S9 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S10 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S11 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S12 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S13 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S14 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S15 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S16 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S17 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S18 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S19 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S20 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S21 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S22 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S23 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S24 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S25 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S26 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S27 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S28 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S29 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S30 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S31 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S32 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S33 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S34 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S35 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S36 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S37 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S38 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S39 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S40 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S41 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S42 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S43 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S44 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S45 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S46 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S47 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S48 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S49 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S50 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S51 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S52 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S53 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S54 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S55 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S56 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S57 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S58 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S59 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S60 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S61 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S62 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S63 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S64 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S65 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S66 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S67 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S68 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S69 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S70 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S71 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S72 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S73 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S74 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S75 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S76 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S77 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S78 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S79 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S80 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S81 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S82 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S83 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S84 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S85 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S86 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S87 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S88 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S89 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S90 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S91 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S92 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S93 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S94 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S95 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S96 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S97 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S98 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S99 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S100 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S101 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S102 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S103 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S104 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S105 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S106 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S107 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S108 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S109 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S110 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S111 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S112 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S113 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S114 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S115 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S116 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S117 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S118 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S119 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S120 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S121 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S122 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S123 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S124 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S125 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S126 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S127 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S128 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S129 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S130 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S131 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S132 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S133 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S134 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S135 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S136 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S137 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S138 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S139 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S140 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S141 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S142 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S143 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S144 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S145 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S146 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S147 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S148 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S149 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S150 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S151 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S152 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S153 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S154 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S155 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S156 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S157 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S158 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S159 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S160 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S161 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S162 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S163 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S164 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S165 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S166 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S167 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S168 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S169 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S170 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S171 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S172 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S173 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S174 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S175 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S176 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S177 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S178 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S179 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S180 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S181 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S182 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S183 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S184 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S185 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S186 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S187 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S188 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S189 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S190 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S191 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S192 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S193 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S194 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S195 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S196 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S197 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S198 { v: u32 }
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct S199 { v: u32 }
fn main() {
    let mut total: u64 = 0;
    let w0 = wrap(pick(S0 { v: 0 }, S0 { v: 1 }), 0);
    total += w0.inner.v as u64 + w0.tag as u64;
    let w1 = wrap(pick(S1 { v: 1 }, S1 { v: 2 }), 1);
    total += w1.inner.v as u64 + w1.tag as u64;
    let w2 = wrap(pick(S2 { v: 2 }, S2 { v: 3 }), 2);
    total += w2.inner.v as u64 + w2.tag as u64;
    let w3 = wrap(pick(S3 { v: 3 }, S3 { v: 4 }), 3);
    total += w3.inner.v as u64 + w3.tag as u64;
    let w4 = wrap(pick(S4 { v: 4 }, S4 { v: 5 }), 4);
    total += w4.inner.v as u64 + w4.tag as u64;
    let w5 = wrap(pick(S5 { v: 5 }, S5 { v: 6 }), 5);
    total += w5.inner.v as u64 + w5.tag as u64;
    let w6 = wrap(pick(S6 { v: 6 }, S6 { v: 7 }), 6);
    total += w6.inner.v as u64 + w6.tag as u64;
    let w7 = wrap(pick(S7 { v: 7 }, S7 { v: 8 }), 7);
    total += w7.inner.v as u64 + w7.tag as u64;
    let w8 = wrap(pick(S8 { v: 8 }, S8 { v: 9 }), 8);
    total += w8.inner.v as u64 + w8.tag as u64;
    let w9 = wrap(pick(S9 { v: 9 }, S9 { v: 10 }), 9);
    total += w9.inner.v as u64 + w9.tag as u64;
    let w10 = wrap(pick(S10 { v: 10 }, S10 { v: 11 }), 10);
    total += w10.inner.v as u64 + w10.tag as u64;
    let w11 = wrap(pick(S11 { v: 11 }, S11 { v: 12 }), 11);
    total += w11.inner.v as u64 + w11.tag as u64;
    let w12 = wrap(pick(S12 { v: 12 }, S12 { v: 13 }), 12);
    total += w12.inner.v as u64 + w12.tag as u64;
    let w13 = wrap(pick(S13 { v: 13 }, S13 { v: 14 }), 13);
    total += w13.inner.v as u64 + w13.tag as u64;
    let w14 = wrap(pick(S14 { v: 14 }, S14 { v: 15 }), 14);
    total += w14.inner.v as u64 + w14.tag as u64;
    let w15 = wrap(pick(S15 { v: 15 }, S15 { v: 16 }), 15);
    total += w15.inner.v as u64 + w15.tag as u64;
    let w16 = wrap(pick(S16 { v: 16 }, S16 { v: 17 }), 16);
    total += w16.inner.v as u64 + w16.tag as u64;
    let w17 = wrap(pick(S17 { v: 17 }, S17 { v: 18 }), 17);
    total += w17.inner.v as u64 + w17.tag as u64;
    let w18 = wrap(pick(S18 { v: 18 }, S18 { v: 19 }), 18);
    total += w18.inner.v as u64 + w18.tag as u64;
    let w19 = wrap(pick(S19 { v: 19 }, S19 { v: 20 }), 19);
    total += w19.inner.v as u64 + w19.tag as u64;
    let w20 = wrap(pick(S20 { v: 20 }, S20 { v: 21 }), 20);
    total += w20.inner.v as u64 + w20.tag as u64;
    let w21 = wrap(pick(S21 { v: 21 }, S21 { v: 22 }), 21);
    total += w21.inner.v as u64 + w21.tag as u64;
    let w22 = wrap(pick(S22 { v: 22 }, S22 { v: 23 }), 22);
    total += w22.inner.v as u64 + w22.tag as u64;
    let w23 = wrap(pick(S23 { v: 23 }, S23 { v: 24 }), 23);
    total += w23.inner.v as u64 + w23.tag as u64;
    let w24 = wrap(pick(S24 { v: 24 }, S24 { v: 25 }), 24);
    total += w24.inner.v as u64 + w24.tag as u64;
    let w25 = wrap(pick(S25 { v: 25 }, S25 { v: 26 }), 25);
    total += w25.inner.v as u64 + w25.tag as u64;
    let w26 = wrap(pick(S26 { v: 26 }, S26 { v: 27 }), 26);
    total += w26.inner.v as u64 + w26.tag as u64;
    let w27 = wrap(pick(S27 { v: 27 }, S27 { v: 28 }), 27);
    total += w27.inner.v as u64 + w27.tag as u64;
    let w28 = wrap(pick(S28 { v: 28 }, S28 { v: 29 }), 28);
    total += w28.inner.v as u64 + w28.tag as u64;
    let w29 = wrap(pick(S29 { v: 29 }, S29 { v: 30 }), 29);
    total += w29.inner.v as u64 + w29.tag as u64;
    let w30 = wrap(pick(S30 { v: 30 }, S30 { v: 31 }), 30);
    total += w30.inner.v as u64 + w30.tag as u64;
    let w31 = wrap(pick(S31 { v: 31 }, S31 { v: 32 }), 31);
    total += w31.inner.v as u64 + w31.tag as u64;
    let w32 = wrap(pick(S32 { v: 32 }, S32 { v: 33 }), 32);
    total += w32.inner.v as u64 + w32.tag as u64;
    let w33 = wrap(pick(S33 { v: 33 }, S33 { v: 34 }), 33);
    total += w33.inner.v as u64 + w33.tag as u64;
    let w34 = wrap(pick(S34 { v: 34 }, S34 { v: 35 }), 34);
    total += w34.inner.v as u64 + w34.tag as u64;
    let w35 = wrap(pick(S35 { v: 35 }, S35 { v: 36 }), 35);
    total += w35.inner.v as u64 + w35.tag as u64;
    let w36 = wrap(pick(S36 { v: 36 }, S36 { v: 37 }), 36);
    total += w36.inner.v as u64 + w36.tag as u64;
    let w37 = wrap(pick(S37 { v: 37 }, S37 { v: 38 }), 37);
    total += w37.inner.v as u64 + w37.tag as u64;
    let w38 = wrap(pick(S38 { v: 38 }, S38 { v: 39 }), 38);
    total += w38.inner.v as u64 + w38.tag as u64;
    let w39 = wrap(pick(S39 { v: 39 }, S39 { v: 40 }), 39);
    total += w39.inner.v as u64 + w39.tag as u64;
    let w40 = wrap(pick(S40 { v: 40 }, S40 { v: 41 }), 40);
    total += w40.inner.v as u64 + w40.tag as u64;
    let w41 = wrap(pick(S41 { v: 41 }, S41 { v: 42 }), 41);
    total += w41.inner.v as u64 + w41.tag as u64;
    let w42 = wrap(pick(S42 { v: 42 }, S42 { v: 43 }), 42);
    total += w42.inner.v as u64 + w42.tag as u64;
    let w43 = wrap(pick(S43 { v: 43 }, S43 { v: 44 }), 43);
    total += w43.inner.v as u64 + w43.tag as u64;
    let w44 = wrap(pick(S44 { v: 44 }, S44 { v: 45 }), 44);
    total += w44.inner.v as u64 + w44.tag as u64;
    let w45 = wrap(pick(S45 { v: 45 }, S45 { v: 46 }), 45);
    total += w45.inner.v as u64 + w45.tag as u64;
    let w46 = wrap(pick(S46 { v: 46 }, S46 { v: 47 }), 46);
    total += w46.inner.v as u64 + w46.tag as u64;
    let w47 = wrap(pick(S47 { v: 47 }, S47 { v: 48 }), 47);
    total += w47.inner.v as u64 + w47.tag as u64;
    let w48 = wrap(pick(S48 { v: 48 }, S48 { v: 49 }), 48);
    total += w48.inner.v as u64 + w48.tag as u64;
    let w49 = wrap(pick(S49 { v: 49 }, S49 { v: 50 }), 49);
    total += w49.inner.v as u64 + w49.tag as u64;
    let w50 = wrap(pick(S50 { v: 50 }, S50 { v: 51 }), 50);
    total += w50.inner.v as u64 + w50.tag as u64;
    let w51 = wrap(pick(S51 { v: 51 }, S51 { v: 52 }), 51);
    total += w51.inner.v as u64 + w51.tag as u64;
    let w52 = wrap(pick(S52 { v: 52 }, S52 { v: 53 }), 52);
    total += w52.inner.v as u64 + w52.tag as u64;
    let w53 = wrap(pick(S53 { v: 53 }, S53 { v: 54 }), 53);
    total += w53.inner.v as u64 + w53.tag as u64;
    let w54 = wrap(pick(S54 { v: 54 }, S54 { v: 55 }), 54);
    total += w54.inner.v as u64 + w54.tag as u64;
    let w55 = wrap(pick(S55 { v: 55 }, S55 { v: 56 }), 55);
    total += w55.inner.v as u64 + w55.tag as u64;
    let w56 = wrap(pick(S56 { v: 56 }, S56 { v: 57 }), 56);
    total += w56.inner.v as u64 + w56.tag as u64;
    let w57 = wrap(pick(S57 { v: 57 }, S57 { v: 58 }), 57);
    total += w57.inner.v as u64 + w57.tag as u64;
    let w58 = wrap(pick(S58 { v: 58 }, S58 { v: 59 }), 58);
    total += w58.inner.v as u64 + w58.tag as u64;
    let w59 = wrap(pick(S59 { v: 59 }, S59 { v: 60 }), 59);
    total += w59.inner.v as u64 + w59.tag as u64;
    let w60 = wrap(pick(S60 { v: 60 }, S60 { v: 61 }), 60);
    total += w60.inner.v as u64 + w60.tag as u64;
    let w61 = wrap(pick(S61 { v: 61 }, S61 { v: 62 }), 61);
    total += w61.inner.v as u64 + w61.tag as u64;
    let w62 = wrap(pick(S62 { v: 62 }, S62 { v: 63 }), 62);
    total += w62.inner.v as u64 + w62.tag as u64;
    let w63 = wrap(pick(S63 { v: 63 }, S63 { v: 64 }), 63);
    total += w63.inner.v as u64 + w63.tag as u64;
    let w64 = wrap(pick(S64 { v: 64 }, S64 { v: 65 }), 64);
    total += w64.inner.v as u64 + w64.tag as u64;
    let w65 = wrap(pick(S65 { v: 65 }, S65 { v: 66 }), 65);
    total += w65.inner.v as u64 + w65.tag as u64;
    let w66 = wrap(pick(S66 { v: 66 }, S66 { v: 67 }), 66);
    total += w66.inner.v as u64 + w66.tag as u64;
    let w67 = wrap(pick(S67 { v: 67 }, S67 { v: 68 }), 67);
    total += w67.inner.v as u64 + w67.tag as u64;
    let w68 = wrap(pick(S68 { v: 68 }, S68 { v: 69 }), 68);
    total += w68.inner.v as u64 + w68.tag as u64;
    let w69 = wrap(pick(S69 { v: 69 }, S69 { v: 70 }), 69);
    total += w69.inner.v as u64 + w69.tag as u64;
    let w70 = wrap(pick(S70 { v: 70 }, S70 { v: 71 }), 70);
    total += w70.inner.v as u64 + w70.tag as u64;
    let w71 = wrap(pick(S71 { v: 71 }, S71 { v: 72 }), 71);
    total += w71.inner.v as u64 + w71.tag as u64;
    let w72 = wrap(pick(S72 { v: 72 }, S72 { v: 73 }), 72);
    total += w72.inner.v as u64 + w72.tag as u64;
    let w73 = wrap(pick(S73 { v: 73 }, S73 { v: 74 }), 73);
    total += w73.inner.v as u64 + w73.tag as u64;
    let w74 = wrap(pick(S74 { v: 74 }, S74 { v: 75 }), 74);
    total += w74.inner.v as u64 + w74.tag as u64;
    let w75 = wrap(pick(S75 { v: 75 }, S75 { v: 76 }), 75);
    total += w75.inner.v as u64 + w75.tag as u64;
    let w76 = wrap(pick(S76 { v: 76 }, S76 { v: 77 }), 76);
    total += w76.inner.v as u64 + w76.tag as u64;
    let w77 = wrap(pick(S77 { v: 77 }, S77 { v: 78 }), 77);
    total += w77.inner.v as u64 + w77.tag as u64;
    let w78 = wrap(pick(S78 { v: 78 }, S78 { v: 79 }), 78);
    total += w78.inner.v as u64 + w78.tag as u64;
    let w79 = wrap(pick(S79 { v: 79 }, S79 { v: 80 }), 79);
    total += w79.inner.v as u64 + w79.tag as u64;
    let w80 = wrap(pick(S80 { v: 80 }, S80 { v: 81 }), 80);
    total += w80.inner.v as u64 + w80.tag as u64;
    let w81 = wrap(pick(S81 { v: 81 }, S81 { v: 82 }), 81);
    total += w81.inner.v as u64 + w81.tag as u64;
    let w82 = wrap(pick(S82 { v: 82 }, S82 { v: 83 }), 82);
    total += w82.inner.v as u64 + w82.tag as u64;
    let w83 = wrap(pick(S83 { v: 83 }, S83 { v: 84 }), 83);
    total += w83.inner.v as u64 + w83.tag as u64;
    let w84 = wrap(pick(S84 { v: 84 }, S84 { v: 85 }), 84);
    total += w84.inner.v as u64 + w84.tag as u64;
    let w85 = wrap(pick(S85 { v: 85 }, S85 { v: 86 }), 85);
    total += w85.inner.v as u64 + w85.tag as u64;
    let w86 = wrap(pick(S86 { v: 86 }, S86 { v: 87 }), 86);
    total += w86.inner.v as u64 + w86.tag as u64;
    let w87 = wrap(pick(S87 { v: 87 }, S87 { v: 88 }), 87);
    total += w87.inner.v as u64 + w87.tag as u64;
    let w88 = wrap(pick(S88 { v: 88 }, S88 { v: 89 }), 88);
    total += w88.inner.v as u64 + w88.tag as u64;
    let w89 = wrap(pick(S89 { v: 89 }, S89 { v: 90 }), 89);
    total += w89.inner.v as u64 + w89.tag as u64;
    let w90 = wrap(pick(S90 { v: 90 }, S90 { v: 91 }), 90);
    total += w90.inner.v as u64 + w90.tag as u64;
    let w91 = wrap(pick(S91 { v: 91 }, S91 { v: 92 }), 91);
    total += w91.inner.v as u64 + w91.tag as u64;
    let w92 = wrap(pick(S92 { v: 92 }, S92 { v: 93 }), 92);
    total += w92.inner.v as u64 + w92.tag as u64;
    let w93 = wrap(pick(S93 { v: 93 }, S93 { v: 94 }), 93);
    total += w93.inner.v as u64 + w93.tag as u64;
    let w94 = wrap(pick(S94 { v: 94 }, S94 { v: 95 }), 94);
    total += w94.inner.v as u64 + w94.tag as u64;
    let w95 = wrap(pick(S95 { v: 95 }, S95 { v: 96 }), 95);
    total += w95.inner.v as u64 + w95.tag as u64;
    let w96 = wrap(pick(S96 { v: 96 }, S96 { v: 97 }), 96);
    total += w96.inner.v as u64 + w96.tag as u64;
    let w97 = wrap(pick(S97 { v: 97 }, S97 { v: 98 }), 97);
    total += w97.inner.v as u64 + w97.tag as u64;
    let w98 = wrap(pick(S98 { v: 98 }, S98 { v: 99 }), 98);
    total += w98.inner.v as u64 + w98.tag as u64;
    let w99 = wrap(pick(S99 { v: 99 }, S99 { v: 100 }), 99);
    total += w99.inner.v as u64 + w99.tag as u64;
    let w100 = wrap(pick(S100 { v: 100 }, S100 { v: 101 }), 100);
    total += w100.inner.v as u64 + w100.tag as u64;
    let w101 = wrap(pick(S101 { v: 101 }, S101 { v: 102 }), 101);
    total += w101.inner.v as u64 + w101.tag as u64;
    let w102 = wrap(pick(S102 { v: 102 }, S102 { v: 103 }), 102);
    total += w102.inner.v as u64 + w102.tag as u64;
    let w103 = wrap(pick(S103 { v: 103 }, S103 { v: 104 }), 103);
    total += w103.inner.v as u64 + w103.tag as u64;
    let w104 = wrap(pick(S104 { v: 104 }, S104 { v: 105 }), 104);
    total += w104.inner.v as u64 + w104.tag as u64;
    let w105 = wrap(pick(S105 { v: 105 }, S105 { v: 106 }), 105);
    total += w105.inner.v as u64 + w105.tag as u64;
    let w106 = wrap(pick(S106 { v: 106 }, S106 { v: 107 }), 106);
    total += w106.inner.v as u64 + w106.tag as u64;
    let w107 = wrap(pick(S107 { v: 107 }, S107 { v: 108 }), 107);
    total += w107.inner.v as u64 + w107.tag as u64;
    let w108 = wrap(pick(S108 { v: 108 }, S108 { v: 109 }), 108);
    total += w108.inner.v as u64 + w108.tag as u64;
    let w109 = wrap(pick(S109 { v: 109 }, S109 { v: 110 }), 109);
    total += w109.inner.v as u64 + w109.tag as u64;
    let w110 = wrap(pick(S110 { v: 110 }, S110 { v: 111 }), 110);
    total += w110.inner.v as u64 + w110.tag as u64;
    let w111 = wrap(pick(S111 { v: 111 }, S111 { v: 112 }), 111);
    total += w111.inner.v as u64 + w111.tag as u64;
    let w112 = wrap(pick(S112 { v: 112 }, S112 { v: 113 }), 112);
    total += w112.inner.v as u64 + w112.tag as u64;
    let w113 = wrap(pick(S113 { v: 113 }, S113 { v: 114 }), 113);
    total += w113.inner.v as u64 + w113.tag as u64;
    let w114 = wrap(pick(S114 { v: 114 }, S114 { v: 115 }), 114);
    total += w114.inner.v as u64 + w114.tag as u64;
    let w115 = wrap(pick(S115 { v: 115 }, S115 { v: 116 }), 115);
    total += w115.inner.v as u64 + w115.tag as u64;
    let w116 = wrap(pick(S116 { v: 116 }, S116 { v: 117 }), 116);
    total += w116.inner.v as u64 + w116.tag as u64;
    let w117 = wrap(pick(S117 { v: 117 }, S117 { v: 118 }), 117);
    total += w117.inner.v as u64 + w117.tag as u64;
    let w118 = wrap(pick(S118 { v: 118 }, S118 { v: 119 }), 118);
    total += w118.inner.v as u64 + w118.tag as u64;
    let w119 = wrap(pick(S119 { v: 119 }, S119 { v: 120 }), 119);
    total += w119.inner.v as u64 + w119.tag as u64;
    let w120 = wrap(pick(S120 { v: 120 }, S120 { v: 121 }), 120);
    total += w120.inner.v as u64 + w120.tag as u64;
    let w121 = wrap(pick(S121 { v: 121 }, S121 { v: 122 }), 121);
    total += w121.inner.v as u64 + w121.tag as u64;
    let w122 = wrap(pick(S122 { v: 122 }, S122 { v: 123 }), 122);
    total += w122.inner.v as u64 + w122.tag as u64;
    let w123 = wrap(pick(S123 { v: 123 }, S123 { v: 124 }), 123);
    total += w123.inner.v as u64 + w123.tag as u64;
    let w124 = wrap(pick(S124 { v: 124 }, S124 { v: 125 }), 124);
    total += w124.inner.v as u64 + w124.tag as u64;
    let w125 = wrap(pick(S125 { v: 125 }, S125 { v: 126 }), 125);
    total += w125.inner.v as u64 + w125.tag as u64;
    let w126 = wrap(pick(S126 { v: 126 }, S126 { v: 127 }), 126);
    total += w126.inner.v as u64 + w126.tag as u64;
    let w127 = wrap(pick(S127 { v: 127 }, S127 { v: 128 }), 127);
    total += w127.inner.v as u64 + w127.tag as u64;
    let w128 = wrap(pick(S128 { v: 128 }, S128 { v: 129 }), 128);
    total += w128.inner.v as u64 + w128.tag as u64;
    let w129 = wrap(pick(S129 { v: 129 }, S129 { v: 130 }), 129);
    total += w129.inner.v as u64 + w129.tag as u64;
    let w130 = wrap(pick(S130 { v: 130 }, S130 { v: 131 }), 130);
    total += w130.inner.v as u64 + w130.tag as u64;
    let w131 = wrap(pick(S131 { v: 131 }, S131 { v: 132 }), 131);
    total += w131.inner.v as u64 + w131.tag as u64;
    let w132 = wrap(pick(S132 { v: 132 }, S132 { v: 133 }), 132);
    total += w132.inner.v as u64 + w132.tag as u64;
    let w133 = wrap(pick(S133 { v: 133 }, S133 { v: 134 }), 133);
    total += w133.inner.v as u64 + w133.tag as u64;
    let w134 = wrap(pick(S134 { v: 134 }, S134 { v: 135 }), 134);
    total += w134.inner.v as u64 + w134.tag as u64;
    let w135 = wrap(pick(S135 { v: 135 }, S135 { v: 136 }), 135);
    total += w135.inner.v as u64 + w135.tag as u64;
    let w136 = wrap(pick(S136 { v: 136 }, S136 { v: 137 }), 136);
    total += w136.inner.v as u64 + w136.tag as u64;
    let w137 = wrap(pick(S137 { v: 137 }, S137 { v: 138 }), 137);
    total += w137.inner.v as u64 + w137.tag as u64;
    let w138 = wrap(pick(S138 { v: 138 }, S138 { v: 139 }), 138);
    total += w138.inner.v as u64 + w138.tag as u64;
    let w139 = wrap(pick(S139 { v: 139 }, S139 { v: 140 }), 139);
    total += w139.inner.v as u64 + w139.tag as u64;
    let w140 = wrap(pick(S140 { v: 140 }, S140 { v: 141 }), 140);
    total += w140.inner.v as u64 + w140.tag as u64;
    let w141 = wrap(pick(S141 { v: 141 }, S141 { v: 142 }), 141);
    total += w141.inner.v as u64 + w141.tag as u64;
    let w142 = wrap(pick(S142 { v: 142 }, S142 { v: 143 }), 142);
    total += w142.inner.v as u64 + w142.tag as u64;
    let w143 = wrap(pick(S143 { v: 143 }, S143 { v: 144 }), 143);
    total += w143.inner.v as u64 + w143.tag as u64;
    let w144 = wrap(pick(S144 { v: 144 }, S144 { v: 145 }), 144);
    total += w144.inner.v as u64 + w144.tag as u64;
    let w145 = wrap(pick(S145 { v: 145 }, S145 { v: 146 }), 145);
    total += w145.inner.v as u64 + w145.tag as u64;
    let w146 = wrap(pick(S146 { v: 146 }, S146 { v: 147 }), 146);
    total += w146.inner.v as u64 + w146.tag as u64;
    let w147 = wrap(pick(S147 { v: 147 }, S147 { v: 148 }), 147);
    total += w147.inner.v as u64 + w147.tag as u64;
    let w148 = wrap(pick(S148 { v: 148 }, S148 { v: 149 }), 148);
    total += w148.inner.v as u64 + w148.tag as u64;
    let w149 = wrap(pick(S149 { v: 149 }, S149 { v: 150 }), 149);
    total += w149.inner.v as u64 + w149.tag as u64;
    let w150 = wrap(pick(S150 { v: 150 }, S150 { v: 151 }), 150);
    total += w150.inner.v as u64 + w150.tag as u64;
    let w151 = wrap(pick(S151 { v: 151 }, S151 { v: 152 }), 151);
    total += w151.inner.v as u64 + w151.tag as u64;
    let w152 = wrap(pick(S152 { v: 152 }, S152 { v: 153 }), 152);
    total += w152.inner.v as u64 + w152.tag as u64;
    let w153 = wrap(pick(S153 { v: 153 }, S153 { v: 154 }), 153);
    total += w153.inner.v as u64 + w153.tag as u64;
    let w154 = wrap(pick(S154 { v: 154 }, S154 { v: 155 }), 154);
    total += w154.inner.v as u64 + w154.tag as u64;
    let w155 = wrap(pick(S155 { v: 155 }, S155 { v: 156 }), 155);
    total += w155.inner.v as u64 + w155.tag as u64;
    let w156 = wrap(pick(S156 { v: 156 }, S156 { v: 157 }), 156);
    total += w156.inner.v as u64 + w156.tag as u64;
    let w157 = wrap(pick(S157 { v: 157 }, S157 { v: 158 }), 157);
    total += w157.inner.v as u64 + w157.tag as u64;
    let w158 = wrap(pick(S158 { v: 158 }, S158 { v: 159 }), 158);
    total += w158.inner.v as u64 + w158.tag as u64;
    let w159 = wrap(pick(S159 { v: 159 }, S159 { v: 160 }), 159);
    total += w159.inner.v as u64 + w159.tag as u64;
    let w160 = wrap(pick(S160 { v: 160 }, S160 { v: 161 }), 160);
    total += w160.inner.v as u64 + w160.tag as u64;
    let w161 = wrap(pick(S161 { v: 161 }, S161 { v: 162 }), 161);
    total += w161.inner.v as u64 + w161.tag as u64;
    let w162 = wrap(pick(S162 { v: 162 }, S162 { v: 163 }), 162);
    total += w162.inner.v as u64 + w162.tag as u64;
    let w163 = wrap(pick(S163 { v: 163 }, S163 { v: 164 }), 163);
    total += w163.inner.v as u64 + w163.tag as u64;
    let w164 = wrap(pick(S164 { v: 164 }, S164 { v: 165 }), 164);
    total += w164.inner.v as u64 + w164.tag as u64;
    let w165 = wrap(pick(S165 { v: 165 }, S165 { v: 166 }), 165);
    total += w165.inner.v as u64 + w165.tag as u64;
    let w166 = wrap(pick(S166 { v: 166 }, S166 { v: 167 }), 166);
    total += w166.inner.v as u64 + w166.tag as u64;
    let w167 = wrap(pick(S167 { v: 167 }, S167 { v: 168 }), 167);
    total += w167.inner.v as u64 + w167.tag as u64;
    let w168 = wrap(pick(S168 { v: 168 }, S168 { v: 169 }), 168);
    total += w168.inner.v as u64 + w168.tag as u64;
    let w169 = wrap(pick(S169 { v: 169 }, S169 { v: 170 }), 169);
    total += w169.inner.v as u64 + w169.tag as u64;
    let w170 = wrap(pick(S170 { v: 170 }, S170 { v: 171 }), 170);
    total += w170.inner.v as u64 + w170.tag as u64;
    let w171 = wrap(pick(S171 { v: 171 }, S171 { v: 172 }), 171);
    total += w171.inner.v as u64 + w171.tag as u64;
    let w172 = wrap(pick(S172 { v: 172 }, S172 { v: 173 }), 172);
    total += w172.inner.v as u64 + w172.tag as u64;
    let w173 = wrap(pick(S173 { v: 173 }, S173 { v: 174 }), 173);
    total += w173.inner.v as u64 + w173.tag as u64;
    let w174 = wrap(pick(S174 { v: 174 }, S174 { v: 175 }), 174);
    total += w174.inner.v as u64 + w174.tag as u64;
    let w175 = wrap(pick(S175 { v: 175 }, S175 { v: 176 }), 175);
    total += w175.inner.v as u64 + w175.tag as u64;
    let w176 = wrap(pick(S176 { v: 176 }, S176 { v: 177 }), 176);
    total += w176.inner.v as u64 + w176.tag as u64;
    let w177 = wrap(pick(S177 { v: 177 }, S177 { v: 178 }), 177);
    total += w177.inner.v as u64 + w177.tag as u64;
    let w178 = wrap(pick(S178 { v: 178 }, S178 { v: 179 }), 178);
    total += w178.inner.v as u64 + w178.tag as u64;
    let w179 = wrap(pick(S179 { v: 179 }, S179 { v: 180 }), 179);
    total += w179.inner.v as u64 + w179.tag as u64;
    let w180 = wrap(pick(S180 { v: 180 }, S180 { v: 181 }), 180);
    total += w180.inner.v as u64 + w180.tag as u64;
    let w181 = wrap(pick(S181 { v: 181 }, S181 { v: 182 }), 181);
    total += w181.inner.v as u64 + w181.tag as u64;
    let w182 = wrap(pick(S182 { v: 182 }, S182 { v: 183 }), 182);
    total += w182.inner.v as u64 + w182.tag as u64;
    let w183 = wrap(pick(S183 { v: 183 }, S183 { v: 184 }), 183);
    total += w183.inner.v as u64 + w183.tag as u64;
    let w184 = wrap(pick(S184 { v: 184 }, S184 { v: 185 }), 184);
    total += w184.inner.v as u64 + w184.tag as u64;
    let w185 = wrap(pick(S185 { v: 185 }, S185 { v: 186 }), 185);
    total += w185.inner.v as u64 + w185.tag as u64;
    let w186 = wrap(pick(S186 { v: 186 }, S186 { v: 187 }), 186);
    total += w186.inner.v as u64 + w186.tag as u64;
    let w187 = wrap(pick(S187 { v: 187 }, S187 { v: 188 }), 187);
    total += w187.inner.v as u64 + w187.tag as u64;
    let w188 = wrap(pick(S188 { v: 188 }, S188 { v: 189 }), 188);
    total += w188.inner.v as u64 + w188.tag as u64;
    let w189 = wrap(pick(S189 { v: 189 }, S189 { v: 190 }), 189);
    total += w189.inner.v as u64 + w189.tag as u64;
    let w190 = wrap(pick(S190 { v: 190 }, S190 { v: 191 }), 190);
    total += w190.inner.v as u64 + w190.tag as u64;
    let w191 = wrap(pick(S191 { v: 191 }, S191 { v: 192 }), 191);
    total += w191.inner.v as u64 + w191.tag as u64;
    let w192 = wrap(pick(S192 { v: 192 }, S192 { v: 193 }), 192);
    total += w192.inner.v as u64 + w192.tag as u64;
    let w193 = wrap(pick(S193 { v: 193 }, S193 { v: 194 }), 193);
    total += w193.inner.v as u64 + w193.tag as u64;
    let w194 = wrap(pick(S194 { v: 194 }, S194 { v: 195 }), 194);
    total += w194.inner.v as u64 + w194.tag as u64;
    let w195 = wrap(pick(S195 { v: 195 }, S195 { v: 196 }), 195);
    total += w195.inner.v as u64 + w195.tag as u64;
    let w196 = wrap(pick(S196 { v: 196 }, S196 { v: 197 }), 196);
    total += w196.inner.v as u64 + w196.tag as u64;
    let w197 = wrap(pick(S197 { v: 197 }, S197 { v: 198 }), 197);
    total += w197.inner.v as u64 + w197.tag as u64;
    let w198 = wrap(pick(S198 { v: 198 }, S198 { v: 199 }), 198);
    total += w198.inner.v as u64 + w198.tag as u64;
    let w199 = wrap(pick(S199 { v: 199 }, S199 { v: 200 }), 199);
    total += w199.inner.v as u64 + w199.tag as u64;
    println!("{}", total);
}
